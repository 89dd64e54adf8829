package dev.crosswalk.ashby.departments;

import dev.crosswalk.unified.Reference;
import dev.crosswalk.unified.departments.Department;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Ashby department → unified department; archived means {@code inactive}. */
@Mapper
public interface DepartmentMapper {

    @Mapping(target = "parent", source = "department.parentId", qualifiedByName = "parent")
    @Mapping(target = "status", source = "department.isArchived", qualifiedByName = "status")
    @Mapping(target = "remoteData", source = "remoteData")
    Department toDepartment(AshbyDepartment department, Object remoteData);

    @Named("parent")
    default Reference parent(String parentId) {
        return parentId == null ? null : new Reference(parentId);
    }

    @Named("status")
    default String status(Boolean isArchived) {
        return Boolean.TRUE.equals(isArchived) ? "inactive" : "active";
    }
}
