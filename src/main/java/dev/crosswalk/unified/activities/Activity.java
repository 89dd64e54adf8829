package dev.crosswalk.unified.activities;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * Something that happened on a candidate's record (docs/unified-schema.md): today the ATS's notes.
 * {@code remote_data} is present only when the client asked for it.
 */
@Schema(description = "An activity on a candidate's record, e.g. a note")
public record Activity(
        @Schema(description = "The ATS's id of the activity (for notes, the note's id)")
        String id,

        @Schema(description = "When the activity happened (ISO-8601 UTC)") @JsonProperty("created_at")
        Instant createdAt,

        @Schema(description = "The candidate the activity belongs to")
        Reference candidate,

        @Schema(description = "Who did it: the note's author")
        Actor actor,

        @Schema(
                description = "What kind of activity; the ATS's raw value for kinds without a mapping",
                allowableValues = {"note"})
        @JsonProperty("activity_type")
        String activityType,

        @Schema(description = "The text, as the ATS stores it (may contain simple HTML)")
        String body,

        @Schema(
                description = "Who may see it: private notes are limited to users the ATS allows",
                allowableValues = {"private", "public"},
                nullable = true)
        String visibility,

        @Schema(description = "The ATS's object as received; only with include_remote_data=true", types = "object")
        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object remoteData) {

    /** Who performed an activity: a reference with the kind of actor. */
    @Schema(name = "ActivityActor", description = "The actor of an activity")
    public record Actor(
            @Schema(description = "The actor's id (a user id when type is user)")
            String id,

            @Schema(
                    description = "The kind of actor",
                    allowableValues = {"user"})
            String type) {}
}
