package cn.gov.egov.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithSecurityContext;

/** Runs a test signed in as an existing portal user (e.g. a demo user), loaded from the database. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@WithSecurityContext(factory = WithPortalUserFactory.class, setupBefore = TestExecutionEvent.TEST_METHOD)
public @interface WithPortalUser {
    String value();
}
