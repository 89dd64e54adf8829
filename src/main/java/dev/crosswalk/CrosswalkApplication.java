package dev.crosswalk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the Crosswalk unified-ATS gateway. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrosswalkApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrosswalkApplication.class, args);
    }
}
