package dev.crosswalk.ashby.departments;

import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.AshbyPagedSource;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.departments.Department;
import dev.crosswalk.unified.departments.DepartmentFilter;
import dev.crosswalk.unified.departments.Departments;
import org.springframework.stereotype.Component;

/** Departments from Ashby: {@code department.list} one Ashby page per unified page, {@code department.info} by id. */
@Component
class AshbyDepartments extends AshbyPagedSource<AshbyDepartment, Department, DepartmentFilter> {

    private final DepartmentMapper mapper;

    AshbyDepartments(AshbyClient client, DepartmentMapper mapper) {
        super(client, AshbyDepartment.class, "department.list", "department.info");
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Department, DepartmentFilter> resource() {
        return Departments.RESOURCE;
    }

    @Override
    protected Object listRequest(DepartmentFilter filter, PageRequest page) {
        return new DepartmentListRequest(page.limit(), page.position(), filter.includeArchived(), page.syncToken());
    }

    @Override
    protected Object infoRequest(String id) {
        return new DepartmentInfoRequest(id);
    }

    @Override
    protected Department toUnified(AshbyDepartment department, Object remoteData) {
        return mapper.toDepartment(department, remoteData);
    }
}
