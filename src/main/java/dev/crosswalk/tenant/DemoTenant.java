package dev.crosswalk.tenant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's ready-to-use tenant: onboarded with the built-in sandbox's demo key
 * once the server listens, with a fresh API token printed so a new user can paste one curl.
 * A restart reuses the tenant and prints a new token.
 */
@Component
@Profile("demo")
class DemoTenant implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTenant.class);
    private static final String EXTERNAL_ID = "demo";

    private final TenantService tenants;
    private final TenantRepository repository;
    private final Secret ashbyKey;
    private final Environment environment;

    DemoTenant(
            TenantService tenants,
            TenantRepository repository,
            @Value("${crosswalk.demo.ashby-api-key}") String ashbyKey,
            Environment environment) {
        this.tenants = tenants;
        this.repository = repository;
        this.ashbyKey = Secret.of(ashbyKey);
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Known only once the server listens, which is before runners run.
        String port = environment.getProperty("local.server.port", "8080");
        Secret token = repository
                .findByExternalId(EXTERNAL_ID)
                .map(existing -> tenants.issueToken(existing.id()).token())
                .orElseGet(() -> tenants.create("Demo organisation", EXTERNAL_ID, AdminController.ASHBY, ashbyKey)
                        .token()
                        .token());
        // Printing this token is the point of the demo profile; it grants access to simulated data only.
        log.info("""

                ===================================================================
                 Crosswalk demo is ready (sandbox Ashby organisation, simulated data)
                 Demo tenant API token: {}
                 Try:
                   curl -s -H 'Authorization: Bearer {}' 'http://localhost:{}/unified/ats/candidates?limit=3'
                 Swagger UI: http://localhost:{}/swagger-ui.html
                ===================================================================""", token.reveal(), token.reveal(), port, port);
    }
}
