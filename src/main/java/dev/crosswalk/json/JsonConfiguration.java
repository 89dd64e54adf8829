package dev.crosswalk.json;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.module.blackbird.BlackbirdModule;

/** Jackson modules of the application's mapper beyond those that are components of this package. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    /** Jackson's own module that reads and writes properties through generated lambdas instead of reflection. */
    @Bean
    BlackbirdModule blackbirdModule() {
        return new BlackbirdModule();
    }
}
