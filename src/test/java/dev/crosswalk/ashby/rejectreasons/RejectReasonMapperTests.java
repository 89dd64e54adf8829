package dev.crosswalk.ashby.rejectreasons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.ashby.AshbyJson;
import dev.crosswalk.support.AshbySpec;
import dev.crosswalk.unified.rejectreasons.RejectReason;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Archive reasons as reject reasons: the one embedded in a recorded application, and the spec's example. */
class RejectReasonMapperTests {

    final RejectReasonMapper mapper = new RejectReasonMapperImpl();

    @Test
    void mapsTheReasonOfTheRecordedApplication() {
        JsonNode json = AshbyJson.fixture("application.info.recorded.json")
                .path("results")
                .path("archiveReason");

        RejectReason reason = mapper.toRejectReason(AshbyJson.read(json, AshbyArchiveReason.class), json);

        assertThat(reason)
                .isEqualTo(new RejectReason(
                        "00000000-0000-0000-0000-00000000000b",
                        "Lacks Skills/Qualifications",
                        "RejectedByOrg",
                        false,
                        json));
    }

    @Test
    void mapsTheSpecExample() {
        JsonNode json = AshbySpec.results(AshbySpec.load().wholeExampleResponse("archiveReason.list"))
                .get(0);

        RejectReason reason = mapper.toRejectReason(AshbyJson.read(json, AshbyArchiveReason.class), null);

        assertThat(reason.id()).isEqualTo(json.path("id").asString());
        assertThat(reason.name()).isEqualTo(json.path("text").asString());
        assertThat(reason.type()).isEqualTo(json.path("reasonType").asString());
        assertThat(reason.archived()).isEqualTo(json.path("isArchived").asBoolean());
    }
}
