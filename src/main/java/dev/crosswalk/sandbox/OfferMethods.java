package dev.crosswalk.sandbox;

import dev.crosswalk.sandbox.AshbyObjects.Offer;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code offer.list} (latest version of each offer) and {@code offer.info} (all versions). */
final class OfferMethods {

    private final SandboxPaging paging;

    OfferMethods(SandboxPaging paging) {
        this.paging = paging;
    }

    List<SandboxMethod> methods() {
        return List.of(
                new SandboxMethod("offer.list", "offers:read", this::list),
                new SandboxMethod("offer.info", "offers:read", this::info));
    }

    private Object list(SandboxCall call) {
        SandboxRequest request = call.request();
        UUID applicationId = request.uuid("applicationId");
        Set<String> offerStatus = filter(request, "offerStatus");
        Set<String> acceptanceStatus = filter(request, "acceptanceStatus");
        Set<String> approvalStatus = filter(request, "approvalStatus");
        boolean visible = applicationId == null || call.seesApplication(applicationId);
        return paging.page(
                call,
                call.org().offers,
                applicationId,
                row -> {
                    Offer offer = row.value();
                    return visible
                            && call.seesApplication(row.group())
                            && (offerStatus == null || offerStatus.contains(offer.offerStatus()))
                            && (acceptanceStatus == null || acceptanceStatus.contains(offer.acceptanceStatus()))
                            && (approvalStatus == null
                                    || approvalStatus.contains(
                                            offer.latestVersion().approvalStatus()));
                },
                Offer::summary);
    }

    private static Set<String> filter(SandboxRequest request, String name) {
        return request.has(name) ? Set.copyOf(request.strings(name)) : null;
    }

    private Object info(SandboxCall call) {
        SandboxTable.Row<Offer> row = call.org().offers.row(call.request().uuid("offerId"));
        if (row == null || !call.seesApplication(row.group())) {
            throw SandboxFailure.notFound("offer");
        }
        return new SandboxJson.Result(row.value());
    }
}
