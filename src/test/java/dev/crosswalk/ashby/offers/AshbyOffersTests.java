package dev.crosswalk.ashby.offers;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.crosswalk.ashby.AshbyTestClients;
import dev.crosswalk.support.AshbyStub;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.offers.OfferFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Offers against a WireMock Ashby: a unified status that stands for several of Ashby's asks for each. */
class AshbyOffersTests {

    @RegisterExtension
    static final WireMockExtension ashby = AshbyStub.create();

    static final TenantContext TENANT = AshbyTestClients.tenant("ashby-key-0123456789");
    static final String APP_1 = "20000000-0000-4000-8000-000000000001";

    @Test
    void aDraftOfferFilterAsksAshbyForBothDraftStatuses() {
        ashby.stubFor(post("/offer.list")
                .willReturn(okJson("{\"success\": true, \"results\": [], \"moreDataAvailable\": false}")));

        new AshbyOffers(AshbyTestClients.singleAttempt(ashby.baseUrl()), new OfferMapperImpl())
                .list(TENANT, new OfferFilter(null, APP_1, "draft"), new PageRequest(5, null, false))
                .block();

        ashby.verify(postRequestedFor(urlEqualTo("/offer.list"))
                .withRequestBody(equalToJson("{\"limit\": 5, \"applicationId\": \"" + APP_1
                        + "\", \"offerStatus\": [\"WaitingOnApprovalDefinition\", \"WaitingOnApprovalStart\"]}")));
    }
}
