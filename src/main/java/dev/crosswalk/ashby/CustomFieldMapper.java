package dev.crosswalk.ashby;

import dev.crosswalk.unified.CustomField;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.NullValueMappingStrategy;

/**
 * Ashby {@code customFields} → unified {@code custom_fields}, for every resource that has them
 * (add it to a mapper's {@code uses}). The value keeps Ashby's JSON shape.
 */
@Mapper(nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
public interface CustomFieldMapper {

    @Mapping(target = "name", source = "title")
    CustomField customField(AshbyCustomField field);

    List<CustomField> customFields(List<AshbyCustomField> fields);
}
