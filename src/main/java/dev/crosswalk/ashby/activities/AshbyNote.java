package dev.crosswalk.ashby.activities;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A note on a candidate as {@code candidate.listNotes} and {@code candidate.createNote} return it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AshbyNote(String id, Instant createdAt, Boolean isPrivate, String content, Author author) {

    /** The user who wrote the note. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(String id, String firstName, String lastName, String email) {}
}
