package cn.gov.egov.conference;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import cn.gov.egov.embedded.TestInfrastructureInitializer;

/**
 * The whole conference-server on a random port against the test JVM's real PostgreSQL; the context is closed after
 * the class, so nothing still talks to the database while it stops at exit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
@DirtiesContext
public @interface ConferenceServerTest {
}
