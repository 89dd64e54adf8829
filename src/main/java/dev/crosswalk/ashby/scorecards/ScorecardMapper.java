package dev.crosswalk.ashby.scorecards;

import dev.crosswalk.ashby.AshbyUserRef;
import dev.crosswalk.ashby.AshbyValues;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.scorecards.Scorecard;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import tools.jackson.databind.JsonNode;

/**
 * Ashby submitted feedback + the form it was submitted on → unified scorecard. The form gives each
 * value its label and order; a value whose field the form no longer has is kept, without a label.
 */
@Mapper
public interface ScorecardMapper {

    /** The path Ashby's default feedback forms give the overall recommendation. */
    String RECOMMENDATION_PATH = "overall_recommendation";

    @Mapping(target = "id", source = "feedback.id")
    @Mapping(target = "application", source = "feedback.applicationId")
    @Mapping(target = "interview", source = "feedback.interviewEventId")
    @Mapping(target = "interviewer", source = "feedback.submittedByUser")
    @Mapping(target = "submittedAt", source = "feedback.submittedAt")
    @Mapping(target = "overallRecommendation", expression = "java(overallRecommendation(feedback, form))")
    @Mapping(target = "formValues", expression = "java(formValues(feedback, form))")
    @Mapping(target = "remoteData", source = "remoteData")
    Scorecard toScorecard(AshbyApplicationFeedback feedback, AshbyFormDefinition form, Object remoteData);

    default Reference reference(String id) {
        return AshbyValues.reference(id);
    }

    default Reference user(AshbyUserRef user) {
        return AshbyValues.user(user);
    }

    /** Every field of the form in order with its value, then any submitted value the form does not define. */
    default List<Scorecard.FormValue> formValues(AshbyApplicationFeedback feedback, AshbyFormDefinition form) {
        JsonNode submitted = feedback.submittedValues();
        List<Scorecard.FormValue> values = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (AshbyFormDefinition.Field field : fields(form)) {
            if (seen.add(field.path())) {
                values.add(new Scorecard.FormValue(field.path(), field.title(), value(submitted, field.path())));
            }
        }
        if (submitted != null && submitted.isObject()) {
            for (String name : submitted.propertyNames()) {
                if (seen.add(name)) {
                    values.add(new Scorecard.FormValue(name, null, value(submitted, name)));
                }
            }
        }
        return List.copyOf(values);
    }

    /**
     * The value of the form's recommendation field: the one at {@value #RECOMMENDATION_PATH}, else the
     * first whose title speaks of a recommendation.
     */
    default Object overallRecommendation(AshbyApplicationFeedback feedback, AshbyFormDefinition form) {
        List<AshbyFormDefinition.Field> fields = fields(form);
        String path = fields.stream()
                .map(AshbyFormDefinition.Field::path)
                .filter(RECOMMENDATION_PATH::equals)
                .findFirst()
                .or(() -> fields.stream()
                        .filter(field -> field.title() != null
                                && field.title().toLowerCase(Locale.ROOT).contains("recommendation"))
                        .map(AshbyFormDefinition.Field::path)
                        .findFirst())
                .orElse(RECOMMENDATION_PATH);
        return value(feedback.submittedValues(), path);
    }

    private static List<AshbyFormDefinition.Field> fields(AshbyFormDefinition form) {
        if (form == null || form.sections() == null) {
            return List.of();
        }
        return form.sections().stream()
                .filter(Objects::nonNull)
                .flatMap(section ->
                        section.fields() == null ? java.util.stream.Stream.empty() : section.fields().stream())
                .filter(Objects::nonNull)
                .map(AshbyFormDefinition.Entry::field)
                .filter(field -> field != null && field.path() != null)
                .toList();
    }

    /** JSON null and an absent value both read as "left empty". */
    private static Object value(JsonNode submitted, String path) {
        if (submitted == null || !submitted.isObject()) {
            return null;
        }
        JsonNode value = submitted.get(path);
        return value == null || value.isNull() ? null : value;
    }
}
