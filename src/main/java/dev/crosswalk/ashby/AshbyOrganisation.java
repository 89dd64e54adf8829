package dev.crosswalk.ashby;

import dev.crosswalk.ashby.mapping.DepartmentMapper;
import dev.crosswalk.ashby.mapping.OfficeMapper;
import dev.crosswalk.ashby.model.DepartmentListRequest;
import dev.crosswalk.ashby.model.LocationListRequest;
import dev.crosswalk.tenant.TenantContext;
import dev.crosswalk.unified.Page;
import dev.crosswalk.unified.PageRequest;
import dev.crosswalk.unified.departments.Department;
import dev.crosswalk.unified.departments.DepartmentFilter;
import dev.crosswalk.unified.offices.Office;
import dev.crosswalk.unified.offices.OfficeFilter;
import dev.crosswalk.web.CrosswalkException;
import dev.crosswalk.web.ProblemCode;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The organisation's structure for {@link AshbyConnector}: departments and offices (Ashby's
 * locations, regions included so every parent resolves), one Ashby page per unified page.
 */
@Component
class AshbyOrganisation {

    private final AshbyClient client;
    private final DepartmentMapper departments;
    private final OfficeMapper offices;

    AshbyOrganisation(AshbyClient client, DepartmentMapper departments, OfficeMapper offices) {
        this.client = client;
        this.departments = departments;
        this.offices = offices;
    }

    Mono<Page<Department>> listDepartments(TenantContext tenant, DepartmentFilter filter, PageRequest page) {
        return client.listDepartments(
                        tenant, new DepartmentListRequest(page.limit(), page.position(), filter.includeArchived()))
                .map(ashby -> new Page<>(
                        ashby.results().stream()
                                .map(department -> departments.toDepartment(
                                        department.value(), page.includeRemoteData() ? department.json() : null))
                                .toList(),
                        ashby.moreDataAvailable() ? ashby.nextCursor() : null));
    }

    Mono<Department> getDepartment(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!AshbyConnector.isAshbyId(id)) {
            return Mono.error(notFound("department", id));
        }
        return client.departmentInfo(tenant, id)
                .map(department ->
                        departments.toDepartment(department.value(), includeRemoteData ? department.json() : null));
    }

    Mono<Page<Office>> listOffices(TenantContext tenant, OfficeFilter filter, PageRequest page) {
        return client.listLocations(
                        tenant, new LocationListRequest(page.limit(), page.position(), filter.includeArchived(), true))
                .map(ashby -> new Page<>(
                        ashby.results().stream()
                                .map(location -> offices.toOffice(
                                        location.value(), page.includeRemoteData() ? location.json() : null))
                                .toList(),
                        ashby.moreDataAvailable() ? ashby.nextCursor() : null));
    }

    Mono<Office> getOffice(TenantContext tenant, String id, boolean includeRemoteData) {
        if (!AshbyConnector.isAshbyId(id)) {
            return Mono.error(notFound("office", id));
        }
        return client.locationInfo(tenant, id)
                .map(location -> offices.toOffice(location.value(), includeRemoteData ? location.json() : null));
    }

    private static CrosswalkException notFound(String what, String id) {
        return new CrosswalkException(ProblemCode.NOT_FOUND, "No " + what + " with id " + id);
    }
}
