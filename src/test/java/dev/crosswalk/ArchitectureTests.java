package dev.crosswalk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;

/** Package boundaries that keep a second vendor a new package rather than a rewrite, and one start-up rule. */
@AnalyzeClasses(
        packages = "dev.crosswalk",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTests.NotGeneratedAheadOfTime.class})
class ArchitectureTests {

    @ArchTest
    static final ArchRule unifiedApiKnowsNoVendor = noClasses()
            .that()
            .resideInAPackage("dev.crosswalk.unified..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.crosswalk.ashby..")
            .because("the unified API reaches vendors only through the interfaces it defines"
                    + " (ResourceSource, the resources' write interfaces)");

    @ArchTest
    static final ArchRule onlyTheAshbyPackageSpeaksAshbysWireFormat = noClasses()
            .that()
            .resideOutsideOfPackages("dev.crosswalk.ashby..", "dev.crosswalk.proxy..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.crosswalk.ashby..")
            .because("Ashby's JSON and HTTP are decoded in one place; the passthrough is the one deliberate exception");

    @ArchTest
    static final ArchRule noPackageDependsOnItselfInACircle = slices().matching("dev.crosswalk.(**)")
            .should()
            .beFreeOfCycles()
            .because("each package (a resource, a vendor's resource, the pipeline) can then be read, tested and "
                    + "replaced on its own; shared pieces live in the package both sides already depend on");

    @ArchTest
    static final ArchRule tenantsKnowNothingOfTheUnifiedApi = noClasses()
            .that()
            .resideInAPackage("dev.crosswalk.tenant..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.crosswalk.unified..")
            .because(
                    "onboarding checks a key through the tenant package's own CredentialsCheck, which vendors implement");

    @ArchTest
    static final ArchRule repositoryQueriesAreSql = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAssignableTo(Repository.class)
            .should()
            .beAnnotatedWith(NativeQuery.class)
            .because(
                    "a JPQL or derived query loads Hibernate's and Spring Data's HQL parsers, about 1.3 s of start-up (TenantRepository)");

    /** Spring's ahead-of-time processing (docs/operations.md, "Faster start-up") writes generated classes next to ours. */
    static final class NotGeneratedAheadOfTime implements ImportOption {

        private static final Pattern GENERATED = Pattern.compile(".*/[^/]*(__|\\$\\$SpringCGLIB\\$\\$)[^/]*\\.class");

        @Override
        public boolean includes(Location location) {
            return !location.matches(GENERATED);
        }
    }
}
