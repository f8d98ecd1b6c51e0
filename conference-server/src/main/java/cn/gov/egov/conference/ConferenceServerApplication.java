package cn.gov.egov.conference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Regions, meeting rooms, schedules and (later) the Colibri2 focus. Port 8081 by default. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConferenceServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConferenceServerApplication.class, args);
    }
}
