package dev.crosswalk.ashby.departments;

import dev.crosswalk.ashby.Ashby;
import dev.crosswalk.ashby.AshbyClient;
import dev.crosswalk.ashby.Received;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.ResourceSource;
import dev.crosswalk.unified.UnifiedResource;
import dev.crosswalk.unified.departments.Department;
import dev.crosswalk.unified.departments.DepartmentFilter;
import dev.crosswalk.unified.departments.Departments;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Departments from Ashby: {@code department.list} one Ashby page per unified page, {@code department.info} by id. */
@Component
class AshbyDepartments extends Ashby.Part implements ResourceSource<Department, DepartmentFilter> {

    private final AshbyClient client;
    private final DepartmentMapper mapper;

    AshbyDepartments(AshbyClient client, DepartmentMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public UnifiedResource<Department, DepartmentFilter> resource() {
        return Departments.RESOURCE;
    }

    @Override
    public Mono<Page<Department>> list(TenantContext tenant, DepartmentFilter filter, PageRequest page) {
        DepartmentListRequest request =
                new DepartmentListRequest(page.limit(), page.position(), filter.includeArchived());
        return client.page(tenant, "department.list", request, AshbyDepartment.class)
                .map(ashby -> Ashby.page(ashby, department -> department(department, page.includeRemoteData())));
    }

    @Override
    public Mono<Department> get(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!Ashby.isId(id)) {
            return Mono.error(Ashby.notFound("department", id));
        }
        return client.one(tenant, "department.info", new DepartmentInfoRequest(id), AshbyDepartment.class)
                .map(department -> department(department, includeRemoteData));
    }

    private Department department(Received<AshbyDepartment> received, boolean includeRemoteData) {
        return mapper.toDepartment(received.value(), includeRemoteData ? received.json() : null);
    }
}
