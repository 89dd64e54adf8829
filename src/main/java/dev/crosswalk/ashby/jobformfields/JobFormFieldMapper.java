package dev.crosswalk.ashby.jobformfields;

import dev.crosswalk.ashby.jobpostings.AshbyJobPosting.FieldEntry;
import dev.crosswalk.ashby.jobpostings.AshbyJobPosting.SelectableValue;
import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.jobformfields.JobFormField;
import java.util.List;
import java.util.Objects;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * One entry of an Ashby posting's application form → unified job form field. The entry knows
 * neither its section, posting nor job, so the caller passes them.
 */
@Mapper
public interface JobFormFieldMapper {

    @Mapping(target = "id", source = "entry.field.id")
    @Mapping(target = "job", source = "jobId", qualifiedByName = "reference")
    @Mapping(target = "jobPosting", source = "jobPostingId", qualifiedByName = "reference")
    @Mapping(target = "name", source = "entry.field.path")
    @Mapping(target = "label", source = "entry.field.title")
    @Mapping(target = "type", source = "entry.field.type", qualifiedByName = "type")
    @Mapping(target = "isRequired", source = "entry.isRequired", qualifiedByName = "isTrue")
    @Mapping(target = "options", source = "entry.field.selectableValues", qualifiedByName = "options")
    @Mapping(target = "groupName", source = "section")
    @Mapping(target = "remoteData", source = "remoteData")
    JobFormField toField(FieldEntry entry, String section, String jobId, String jobPostingId, Object remoteData);

    /** Ashby's field types onto the documented input types; any other type passes through raw. */
    @Named("type")
    default String type(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "String" -> "text";
            case "LongText" -> "textarea";
            case "ValueSelect" -> "dropdown";
            case "MultiValueSelect", "Boolean" -> "checkbox";
            case "File" -> "file";
            case "Date" -> "date";
            case "Number" -> "number";
            default -> type;
        };
    }

    @Named("options")
    default List<JobFormField.Option> options(List<SelectableValue> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(Objects::nonNull)
                        .map(value -> new JobFormField.Option(value.label(), value.value()))
                        .toList();
    }

    @Named("reference")
    default Reference reference(String id) {
        return id == null ? null : new Reference(id);
    }

    @Named("isTrue")
    default boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
