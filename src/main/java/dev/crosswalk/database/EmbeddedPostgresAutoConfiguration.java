package dev.crosswalk.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

/**
 * Zero-setup database: when no {@code spring.datasource.url} and no other connection (such as a
 * Testcontainers service connection) is configured, start a real PostgreSQL server in-process.
 * Its data lives under {@code crosswalk.embedded-postgres.data-dir} and survives restarts; an empty
 * data dir means a throw-away database (used by tests).
 * <p>
 * Embedded or external is decided when the connection is created, not by a condition: a start from
 * the ahead-of-time processed configuration ({@code -Dspring.aot.enabled=true}, README "Faster
 * start-up") keeps the bean definitions fixed at build time, and must still honour a
 * {@code SPRING_DATASOURCE_URL} given at run time.
 */
@AutoConfiguration(
        before = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@EnableConfigurationProperties({
    DataSourceProperties.class,
    EmbeddedPostgresAutoConfiguration.EmbeddedPostgresProperties.class
})
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    /** Where the embedded server keeps its files; blank for a temporary database. */
    @ConfigurationProperties("crosswalk.embedded-postgres")
    public record EmbeddedPostgresProperties(String dataDir) {}

    @Bean
    @ConditionalOnMissingBean(JdbcConnectionDetails.class)
    DatabaseConnection databaseConnection(DataSourceProperties dataSource, EmbeddedPostgresProperties embedded)
            throws IOException {
        if (StringUtils.hasText(dataSource.getUrl())) {
            // What Spring Boot's own connection details read from spring.datasource.*
            return new DatabaseConnection(
                    dataSource.determineUrl(),
                    dataSource.determineUsername(),
                    dataSource.determinePassword(),
                    dataSource.determineDriverClassName(),
                    dataSource.getXa().getDataSourceClassName(),
                    null);
        }
        EmbeddedPostgres postgres = start(embedded);
        return new DatabaseConnection(
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", null, null, postgres);
    }

    private static EmbeddedPostgres start(EmbeddedPostgresProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (properties.dataDir() != null && !properties.dataDir().isBlank()) {
            Path dataDir = Path.of(properties.dataDir()).toAbsolutePath();
            Files.createDirectories(dataDir.getParent());
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            log.info("Starting embedded PostgreSQL with data in {}", dataDir);
        }
        return builder.start();
    }

    /**
     * The database to connect to; owns the embedded server, if one was started, and stops it on close.
     * As with any connection details other than Spring Boot's own, the pool takes URL, user, password
     * and driver from here ({@code spring.datasource.hikari.jdbc-url} and the like are not consulted).
     */
    static final class DatabaseConnection implements JdbcConnectionDetails, AutoCloseable {

        private final String url;
        private final String username;
        private final String password;
        private final String driverClassName;
        private final String xaDataSourceClassName;
        private final EmbeddedPostgres embedded;

        DatabaseConnection(
                String url,
                String username,
                String password,
                String driverClassName,
                String xaDataSourceClassName,
                EmbeddedPostgres embedded) {
            this.url = url;
            this.username = username;
            this.password = password;
            this.driverClassName = driverClassName;
            this.xaDataSourceClassName = xaDataSourceClassName;
            this.embedded = embedded;
        }

        @Override
        public String getJdbcUrl() {
            return url;
        }

        @Override
        public String getUsername() {
            return username;
        }

        @Override
        public String getPassword() {
            return password;
        }

        @Override
        public String getDriverClassName() {
            return driverClassName != null ? driverClassName : JdbcConnectionDetails.super.getDriverClassName();
        }

        @Override
        public String getXaDataSourceClassName() {
            return xaDataSourceClassName != null
                    ? xaDataSourceClassName
                    : JdbcConnectionDetails.super.getXaDataSourceClassName();
        }

        @Override
        public void close() throws IOException {
            if (embedded != null) {
                embedded.close();
            }
        }

        /** Neither the password nor the URL (which may carry one) reaches logs or error messages. */
        @Override
        public String toString() {
            return embedded != null ? "DatabaseConnection[embedded]" : "DatabaseConnection[spring.datasource]";
        }
    }
}
