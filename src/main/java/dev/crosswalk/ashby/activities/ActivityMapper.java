package dev.crosswalk.ashby.activities;

import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.activities.Activity;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Ashby note → unified activity of type {@code note}. A note does not name its candidate, so the
 * candidate it was listed for is passed in. {@code remoteData} is the note as received, or null.
 */
@Mapper
public interface ActivityMapper {

    String NOTE = "note";

    @Mapping(target = "id", source = "note.id")
    @Mapping(target = "createdAt", source = "note.createdAt")
    @Mapping(target = "candidate", source = "candidateId")
    @Mapping(target = "actor", source = "note.author")
    @Mapping(target = "activityType", constant = NOTE)
    @Mapping(target = "body", source = "note.content")
    @Mapping(target = "visibility", source = "note.isPrivate", qualifiedByName = "visibility")
    @Mapping(target = "remoteData", source = "remoteData")
    Activity toActivity(AshbyNote note, String candidateId, Object remoteData);

    default Reference reference(String id) {
        return id == null ? null : new Reference(id);
    }

    /** Notes are written by users; a note without an author (e.g. from a deleted user) has no actor. */
    default Activity.Actor actor(AshbyNote.Author author) {
        return author == null || author.id() == null ? null : new Activity.Actor(author.id(), "user");
    }

    /** Unknown when Ashby does not say: calling it public could expose a private note's existence wrongly. */
    @Named("visibility")
    default String visibility(Boolean isPrivate) {
        return isPrivate == null ? null : isPrivate ? "private" : "public";
    }
}
