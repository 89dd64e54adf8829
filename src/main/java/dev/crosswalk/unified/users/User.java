package dev.crosswalk.unified.users;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.CustomField;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A user of the ATS — a recruiter, hiring manager, interviewer or admin (docs/unified-schema.md).
 * Lists are never null; {@code remote_data} is present only when the client asked for it.
 */
@Schema(description = "A user of the ATS (recruiter, hiring manager, interviewer, admin)")
public record User(
        @Schema(description = "The ATS's id of the user") String id,

        @Schema(description = "When the user was last changed (ISO-8601 UTC)", nullable = true)
        @JsonProperty("updated_at")
        Instant updatedAt,

        @Schema(description = "First name") @JsonProperty("first_name")
        String firstName,

        @Schema(description = "Last name") @JsonProperty("last_name")
        String lastName,

        @Schema(description = "First and last name") String name,

        @Schema(description = "Email addresses; the ATS keeps one, marked primary")
        List<Email> emails,

        @Schema(description = "True when the user is deactivated and can no longer sign in", nullable = true)
        Boolean disabled,

        @Schema(
                description =
                        "The user's role in the ATS as the ATS names it, e.g. Organization Admin, Elevated Access, "
                                + "Limited Access, External Recruiter",
                nullable = true)
        @JsonProperty("access_role")
        String accessRole,

        @Schema(description = "Custom field values of the user") @JsonProperty("custom_fields")
        List<CustomField> customFields,

        @Schema(description = "The ATS's object as received; only with include_remote_data=true", types = "object")
        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object remoteData) {

    /** An email address of a user. */
    @Schema(name = "UserEmail", description = "An email address of a user")
    public record Email(
            @Schema(description = "The address") String email,

            @Schema(description = "Whether this is the user's main address") @JsonProperty("is_primary")
            boolean isPrimary) {}
}
