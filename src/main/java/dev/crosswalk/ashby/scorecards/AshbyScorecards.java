package dev.crosswalk.ashby.scorecards;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.scorecards.Scorecard;
import dev.crosswalk.unified.scorecards.ScorecardFilter;
import dev.crosswalk.unified.scorecards.Scorecards;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Scorecards from Ashby's {@code applicationFeedback.list}, one Ashby page per unified page. Feedback
 * carries the form it was submitted on; only where it does not is the form read with
 * {@code feedbackFormDefinition.info}, once per form and page, for its questions' labels.
 */
@Component
class AshbyScorecards extends Ashby.Part implements ResourceSource<Scorecard, ScorecardFilter> {

    private final AshbyClient client;
    private final ScorecardMapper mapper;

    AshbyScorecards(AshbyClient client, ScorecardMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Scorecard, ScorecardFilter> resource() {
        return Scorecards.RESOURCE;
    }

    @Override
    public Mono<Page<Scorecard>> list(TenantContext tenant, ScorecardFilter filter, PageRequest page) {
        if (filter.applicationId() != null && !Ashby.isId(filter.applicationId())) {
            return Mono.just(new Page<>(List.of(), null));
        }
        ApplicationFeedbackListRequest request = new ApplicationFeedbackListRequest(
                page.limit(),
                page.position(),
                Ashby.epochMillis(filter.createdAfter()),
                filter.applicationId(),
                page.syncToken());
        return client.page(tenant, "applicationFeedback.list", request, AshbyApplicationFeedback.class)
                .flatMap(ashby -> missingForms(tenant, ashby.results())
                        .map(forms -> Ashby.page(ashby, received -> {
                            AshbyApplicationFeedback feedback = received.value();
                            AshbyFormDefinition form = hasFields(feedback.formDefinition())
                                    ? feedback.formDefinition()
                                    : forms.getOrDefault(feedback.feedbackFormDefinitionId(), Optional.empty())
                                            .orElse(null);
                            return mapper.toScorecard(
                                    feedback, form, page.includeRemoteData() ? received.json() : null);
                        })));
    }

    /** The forms the page's feedback does not carry, read once each; a form Ashby no longer has is empty. */
    private Mono<Map<String, Optional<AshbyFormDefinition>>> missingForms(
            TenantContext tenant, List<Received<AshbyApplicationFeedback>> feedback) {
        List<String> formIds = feedback.stream()
                .map(Received::value)
                .filter(item -> !hasFields(item.formDefinition()) && item.feedbackFormDefinitionId() != null)
                .map(AshbyApplicationFeedback::feedbackFormDefinitionId)
                .filter(Ashby::isId)
                .distinct()
                .toList();
        return Flux.fromIterable(formIds)
                .concatMap(formId -> client.one(
                                tenant,
                                "feedbackFormDefinition.info",
                                new FeedbackFormDefinitionInfoRequest(formId),
                                AshbyFeedbackFormDefinition.class)
                        .map(form -> Map.entry(
                                formId, Optional.ofNullable(form.value().formDefinition())))
                        .onErrorResume(Ashby::isNotFound, notFound -> Mono.just(Map.entry(formId, Optional.empty()))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static boolean hasFields(AshbyFormDefinition form) {
        return form != null && form.sections() != null && !form.sections().isEmpty();
    }
}
