package dev.crosswalk.unified.candidates;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import java.util.Set;

/**
 * A profile link in a candidate write. The types are the ATS's kinds of social link; a creation
 * can set only {@link #CREATABLE} ones, an update any of {@link #TYPES}.
 */
@Schema(description = "A profile link to set on a candidate")
public record UrlInput(
        @Schema(
                description = "The link",
                example = "https://www.linkedin.com/in/ada",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank
        @org.hibernate.validator.constraints.URL
        String url,

        @Schema(
                description = "What the link is; creations take linkedin, github and website only",
                allowableValues = {
                    "linkedin",
                    "github",
                    "twitter",
                    "medium",
                    "stackoverflow",
                    "youtube",
                    "codepen",
                    "website"
                },
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank
        String type) {

    /** Every link type a candidate can have. */
    public static final Set<String> TYPES =
            Set.of("linkedin", "github", "twitter", "medium", "stackoverflow", "youtube", "codepen", "website");

    /** The link types a candidate can be created with (the others need an update). */
    public static final Set<String> CREATABLE = Set.of("linkedin", "github", "website");
}
