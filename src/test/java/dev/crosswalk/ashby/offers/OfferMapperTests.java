package dev.crosswalk.ashby.offers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.ashby.AshbyJson;
import dev.crosswalk.ashby.AshbyValues;
import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.CustomField;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.offers.Offer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The offer mapping, fed with the shared offer.info example and the spec's example. */
class OfferMapperTests {

    final OfferMapper mapper = new OfferMapperImpl();

    @Test
    void mapsTheExampleOffer() {
        JsonNode json =
                AshbyJson.fixture("offer.info.constructed-from-spec.json").path("results");

        Offer offer = mapper.toOffer(AshbyJson.read(json, AshbyOffer.class), json);

        assertThat(offer.id()).isEqualTo("9b4d7d3e-2f4c-4a51-9d0e-1b2c3d4e5f60");
        assertThat(offer.application()).isEqualTo(new Reference("3ae2b801-19f6-41ef-ad28-214bd731948f"));
        assertThat(offer.creator()).isEqualTo(new Reference("d2c1b0a9-8f7e-4d6c-9b5a-493827161514"));
        assertThat(offer.status()).isEqualTo("sent");
        assertThat(offer.acceptanceStatus()).isEqualTo("pending");
        assertThat(offer.sentAt()).as("Ashby does not say").isNull();
        assertThat(offer.closedAt()).as("decidedAt is null").isNull();
        assertThat(offer.startDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(offer.customFields())
                .extracting(CustomField::id, CustomField::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("0f0e0d0c-0b0a-4909-8887-868584838281", "Signing Bonus"),
                        org.assertj.core.groups.Tuple.tuple("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e", "Equity Range"));
        assertThat(offer.customFields().get(0).value())
                .isEqualTo(AshbyJson.JSON.readTree("{\"value\": 10000, \"currencyCode\": \"USD\"}"));
        assertThat(offer.remoteData()).as("versions included, as received").isEqualTo(json);
    }

    @Test
    void mapsTheSpecExample() {
        for (String method : new String[] {"offer.info", "offer.list"}) {
            JsonNode example = AshbySpec.results(AshbySpec.load().wholeExampleResponse(method))
                    .get(0);

            Offer offer = mapper.toOffer(AshbyJson.read(example, AshbyOffer.class), null);

            assertThat(offer.id()).isEqualTo(example.path("id").asString());
            assertThat(offer.acceptanceStatus())
                    .as("the spec's first value, Accepted")
                    .isEqualTo("accepted");
            assertThat(offer.status())
                    .as("the spec's first value, WaitingOnApprovalStart")
                    .isEqualTo("draft");
            assertThat(offer.creator().id())
                    .isEqualTo(example.path("latestVersion")
                            .path("author")
                            .path("id")
                            .asString());
            assertThat(offer.customFields()).extracting(CustomField::name).contains("Is actively looking");
        }
    }

    @Test
    void decidedAtIsReadLenientlyAndStatusesStayOpen() {
        JsonNode json = AshbyJson.JSON.readTree("""
                {"id": "o-1", "applicationId": "a-1", "acceptanceStatus": "Withdrawn", "offerStatus": "OfferRescinded",
                 "decidedAt": "2026-09-05T10:00:00.000Z"}""");
        JsonNode unreadable = AshbyJson.JSON.readTree("{\"id\": \"o-2\", \"decidedAt\": \"last Tuesday\"}");

        Offer offer = mapper.toOffer(AshbyJson.read(json, AshbyOffer.class), null);
        Offer other = mapper.toOffer(AshbyJson.read(unreadable, AshbyOffer.class), null);

        assertThat(offer.status()).isEqualTo("OfferRescinded");
        assertThat(offer.acceptanceStatus()).isEqualTo("Withdrawn");
        assertThat(offer.closedAt()).isEqualTo(java.time.Instant.parse("2026-09-05T10:00:00Z"));
        assertThat(offer.creator()).isNull();
        assertThat(offer.customFields()).isEmpty();
        assertThat(other.closedAt()).isNull();
    }

    @Test
    void aUnifiedStatusFilterStandsForAllItsAshbyStatuses() {
        assertThat(AshbyValues.ashbyValues(OfferMapper.STATUSES, "draft"))
                .containsExactly("WaitingOnApprovalDefinition", "WaitingOnApprovalStart");
        assertThat(AshbyValues.ashbyValues(OfferMapper.STATUSES, "signed")).isEqualTo(List.of("CandidateAccepted"));
        assertThat(AshbyValues.ashbyValues(OfferMapper.STATUSES, "deprecated")).isEqualTo(List.of("OfferCancelled"));
    }
}
