package dev.crosswalk.ashby.offers;

import dev.crosswalk.ashby.AshbyValues;
import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.offers.Offer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Ashby offer → unified offer. The terms come from the latest version; Ashby keeps no time at which
 * an offer was sent, so {@code sent_at} stays null rather than being guessed.
 */
@Mapper
public interface OfferMapper {

    /** Ashby's offer statuses → the unified ones; anything else passes through raw. */
    Map<String, String> STATUSES = Map.of(
            "WaitingOnApprovalStart", "draft",
            "WaitingOnApprovalDefinition", "draft",
            "WaitingOnOfferApproval", "approval_sent",
            "WaitingOnCandidateResponse", "sent",
            "CandidateAccepted", "signed",
            "CandidateRejected", "denied",
            "OfferCancelled", "deprecated");

    /** Ashby's acceptance statuses → lower-case snake case; anything else passes through raw. */
    Map<String, String> ACCEPTANCE_STATUSES = Map.of(
            "Accepted", "accepted",
            "Declined", "declined",
            "Pending", "pending",
            "Created", "created",
            "Cancelled", "cancelled",
            "WaitingOnResponse", "waiting_on_response");

    @Mapping(target = "application", source = "offer.applicationId")
    @Mapping(target = "creator", source = "offer.latestVersion.author")
    @Mapping(target = "status", source = "offer.offerStatus", qualifiedByName = "status")
    @Mapping(target = "acceptanceStatus", source = "offer.acceptanceStatus", qualifiedByName = "acceptanceStatus")
    @Mapping(target = "sentAt", ignore = true)
    @Mapping(target = "closedAt", source = "offer.decidedAt", qualifiedByName = "lenientInstant")
    @Mapping(target = "startDate", source = "offer.latestVersion.startDate", qualifiedByName = "date")
    @Mapping(target = "customFields", source = "offer.latestVersion.customFields")
    @Mapping(target = "remoteData", source = "remoteData")
    Offer toOffer(AshbyOffer offer, Object remoteData);

    @Named("status")
    default String status(String status) {
        return AshbyValues.open(status, STATUSES);
    }

    @Named("acceptanceStatus")
    default String acceptanceStatus(String status) {
        return AshbyValues.open(status, ACCEPTANCE_STATUSES);
    }

    @Named("lenientInstant")
    default Instant lenientInstant(String text) {
        return AshbyValues.lenientInstant(text);
    }

    /** Ashby sends the start date as midnight UTC of the day. */
    @Named("date")
    default LocalDate date(Instant startDate) {
        return startDate == null ? null : LocalDate.ofInstant(startDate, ZoneOffset.UTC);
    }

    default Reference reference(String id) {
        return AshbyValues.reference(id);
    }

    default Reference user(dev.crosswalk.ashby.AshbyUserRef user) {
        return AshbyValues.user(user);
    }

    default List<CustomField> customFields(List<dev.crosswalk.ashby.AshbyCustomField> fields) {
        return AshbyValues.customFields(fields);
    }
}
