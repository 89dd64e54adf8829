package dev.crosswalk.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The application's mapper, which reads Ashby's answers, carries the modules that make that cheap. */
@IntegrationTest
class JsonModulesIntegrationTests {

    @Autowired
    JsonMapper json;

    @Test
    void theApplicationsMapperHasTheFastCreatorsTimestampsAndPropertyAccess() {
        assertThat(json.registeredModules())
                .extracting(JacksonModule::getModuleName)
                .contains("constructor-creators", "utc-instants", "BlackbirdModule");
    }
}
