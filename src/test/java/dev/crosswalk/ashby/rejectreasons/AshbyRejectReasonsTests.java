package dev.crosswalk.ashby.rejectreasons;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.crosswalk.ashby.AshbyTestClients;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.support.Pages;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.rejectreasons.RejectReason;
import dev.crosswalk.unified.rejectreasons.RejectReasonFilter;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reject reasons against a WireMock Ashby: Ashby answers them whole and the gateway pages them. */
class AshbyRejectReasonsTests {

    @RegisterExtension
    static final WireMockExtension ashby = AshbyStub.create();

    static final TenantContext TENANT = AshbyTestClients.tenant("ashby-key-0123456789");

    @Test
    void archiveReasonsArePagedByTheGateway() {
        ashby.stubFor(post("/archiveReason.list").willReturn(okJson("""
                {"success": true, "results": [
                  {"id": "r-1", "text": "One", "reasonType": "RejectedByOrg", "isArchived": false},
                  {"id": "r-2", "text": "Two", "reasonType": "Other", "isArchived": false},
                  {"id": "r-3", "text": "Three", "reasonType": "RejectedByCandidate", "isArchived": true}]}""")));
        AshbyRejectReasons reasons =
                new AshbyRejectReasons(AshbyTestClients.singleAttempt(ashby.baseUrl()), new RejectReasonMapperImpl());
        RejectReasonFilter archivedToo = new RejectReasonFilter(true);

        List<List<String>> pages = Pages.ids(2, page -> reasons.list(TENANT, archivedToo, page), RejectReason::id);

        assertThat(pages).containsExactly(List.of("r-1", "r-2"), List.of("r-3"));
        ashby.verify(postRequestedFor(urlEqualTo("/archiveReason.list"))
                .withRequestBody(equalToJson("{\"includeArchived\": true}")));
        assertThatThrownBy(() -> reasons.list(TENANT, archivedToo, new PageRequest(2, "not-an-offset", false))
                        .block())
                .isInstanceOfSatisfying(
                        CrosswalkException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_CURSOR));
    }
}
