package dev.crosswalk.unified.offers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.Reference;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An offer made on an application, in the unified schema (docs/unified-schema.md). The terms (start
 * date, custom fields, creator) are those of the offer's latest version. Ashby's offers carry no
 * creation or update time, so unlike most records this one has no {@code created_at}/{@code updated_at}.
 */
@Schema(
        description = "An offer made to a candidate on an application; terms are those of its latest version. "
                + "Has no created_at/updated_at: the ATS does not report them for offers "
                + "(created_after still filters by creation).")
public record Offer(
        @Schema(description = "The ATS's id of the offer") String id,

        @Schema(description = "The application the offer is made on")
        Reference application,

        @Schema(description = "The user who wrote the offer's latest version")
        Reference creator,

        @Schema(
                description = "Where the offer stands; a value the ATS adds later passes through unchanged",
                allowableValues = {"draft", "approval_sent", "sent", "signed", "denied", "deprecated"})
        String status,

        @Schema(
                description = "The candidate's answer; a value the ATS adds later passes through unchanged",
                allowableValues = {"accepted", "declined", "pending", "created", "cancelled", "waiting_on_response"})
        @JsonProperty("acceptance_status")
        String acceptanceStatus,

        @Schema(
                description =
                        "When the offer was sent to the candidate; Ashby does not report it, so it is always null")
        @JsonProperty("sent_at")
        Instant sentAt,

        @Schema(description = "When the candidate accepted or declined the offer") @JsonProperty("closed_at")
        Instant closedAt,

        @Schema(description = "The start date offered", type = "string", format = "date") @JsonProperty("start_date")
        LocalDate startDate,

        @Schema(description = "The custom field values of the offer's latest version") @JsonProperty("custom_fields")
        List<CustomField> customFields,

        @Schema(description = "The ATS's offer object as received; only with include_remote_data=true")
        @JsonProperty("remote_data")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object remoteData) {}
