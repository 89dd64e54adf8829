package dev.crosswalk.unified.jobpostings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A job posting in the unified schema (docs/unified-schema.md): what a job board shows of a job.
 * Lists are never null; the description is read only when one posting is got by id, as the ATS
 * lists postings without it. {@code remote_data} is present only when the client asked for it.
 */
@Schema(description = "A job posting: the public advertisement of a job, as a job board shows it")
public record JobPosting(
        @Schema(description = "The ATS's id of the posting") String id,

        @Schema(description = "The posting's title") String title,

        @Schema(description = "The job the posting advertises (see /unified/ats/jobs)")
        Reference job,

        @JsonProperty("department_name") @Schema(description = "The name of the job's department")
        String departmentName,

        @JsonProperty("team_name") @Schema(description = "The name of the job's team")
        String teamName,

        @JsonProperty("location_name") @Schema(description = "The name of the primary location")
        String locationName,

        @Schema(description = "Every office the posting is for, the primary one first (see /unified/ats/offices)")
        List<Reference> offices,

        @JsonProperty("workplace_type")
        @Schema(
                description = "Where the work happens; an unlisted ATS value is passed through as received",
                allowableValues = {"on_site", "remote", "hybrid"})
        String workplaceType,

        @JsonProperty("employment_type")
        @Schema(
                description = "Kind of employment; an unlisted ATS value is passed through as received",
                allowableValues = {"full_time", "part_time", "intern", "contract", "temporary"})
        String employmentType,

        @JsonProperty("is_listed") @Schema(description = "Whether the posting is listed on the public job board")
        boolean isListed,

        @JsonProperty("published_date")
        @Schema(description = "The day the posting was published, as the ATS states it (usually YYYY-MM-DD)")
        String publishedDate,

        @JsonProperty("application_deadline") @Schema(description = "When applications close, if set")
        Instant applicationDeadline,

        @Schema(description = "The posting's page on the public job board; null for internal postings")
        String url,

        @JsonProperty("apply_url") @Schema(description = "Where candidates apply")
        String applyUrl,

        @JsonProperty("compensation_summary")
        @Schema(description = "The compensation ranges in one line, e.g. \"$150K – $200K • 0.25% – 1%\", if set")
        String compensationSummary,

        @JsonProperty("display_compensation")
        @Schema(description = "Whether the organisation shows the compensation on its job board")
        boolean displayCompensation,

        @JsonProperty("description_html")
        @Schema(description = "The posting's description as HTML; only when the posting is got by id")
        String descriptionHtml,

        @JsonProperty("description_plain")
        @Schema(description = "The posting's description as plain text; only when the posting is got by id")
        String descriptionPlain,

        @JsonProperty("updated_at") @Schema(description = "When the posting last changed")
        Instant updatedAt,

        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The ATS's object as received; only with include_remote_data=true")
        Object remoteData) {}
