package cn.gov.egov.conference.system.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.egov.conference.audit.AuditLog;
import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.authority.CurrentActor;
import cn.gov.egov.conference.authority.ForbiddenException;
import cn.gov.egov.conference.conference.BookingConflictException;
import cn.gov.egov.conference.room.TerminalAuthException;
import cn.gov.egov.conference.system.errors.DuplicateException;
import cn.gov.egov.conference.system.errors.InvalidInputException;
import cn.gov.egov.conference.system.errors.NotFoundException;
import cn.gov.egov.conference.system.errors.StaleVersionException;

/** Every error of the API as RFC 7807 problem details with a stable {@code code} the portal translates. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final AuditLog audit;

    ApiExceptionHandler(AuditLog audit) {
        this.audit = audit;
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:egov:problem:" + code));
        p.setProperty("code", code);
        return p;
    }

    /** A conference-control action refused for want of authority (already audited by LiveControl). */
    @ExceptionHandler(cn.gov.egov.conference.control.ControlDeniedException.class)
    ProblemDetail controlDenied(cn.gov.egov.conference.control.ControlDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, e.code(), e.getMessage());
    }

    /** A conference-control action that cannot be done now (unknown venue, ended, ...). */
    @ExceptionHandler(cn.gov.egov.conference.control.ControlRejectedException.class)
    ProblemDetail controlRejected(cn.gov.egov.conference.control.ControlRejectedException e) {
        return problem(HttpStatus.CONFLICT, e.code(), e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage());
        p.setTitle("Invalid input");
        p.setProperty("errors", e.errors());
        return p;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, MissingRequestHeaderException.class})
    ProblemDetail malformed(Exception e) {
        String detail = e instanceof HttpMessageNotReadableException
                ? "the request body is not valid JSON of the expected shape" : e.getMessage();
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", detail);
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e, HttpServletRequest request) {
        try {
            Actor a = CurrentActor.require();
            audit.denied(a.username(), a.role().name(), a.regionCode(), a.clientAddress(),
                    "DENIED " + request.getMethod() + " " + request.getRequestURI(), e.targetRegion(), e.getMessage());
        } catch (ForbiddenException noActor) {
            log.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        }
        return problem(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.code(), e.getMessage());
    }

    @ExceptionHandler(BookingConflictException.class)
    ProblemDetail conflict(BookingConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "booking-conflict", e.getMessage());
        if (e.conflict() != null) {
            var c = e.conflict();
            p.setProperty("conflict", Map.of("roomId", c.roomId(), "roomName", c.roomName(),
                    "conferenceId", c.conferenceId(), "conferenceTitle", c.conferenceTitle(),
                    "start", c.start(), "end", c.end()));
        }
        return p;
    }

    @ExceptionHandler(DuplicateException.class)
    ProblemDetail duplicate(DuplicateException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, e.code(), e.getMessage());
        p.setProperty("errors", List.of(new InvalidInputException.FieldError("name", e.code(), e.getMessage())));
        return p;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        ProblemDetail p = problem(HttpStatus.PRECONDITION_FAILED, "stale-version", e.getMessage());
        p.setProperty("currentVersion", e.currentVersion());
        return p;
    }

    @ExceptionHandler(TerminalAuthException.class)
    ProblemDetail terminal(TerminalAuthException e) {
        return problem(HttpStatus.UNAUTHORIZED, "terminal-token", e.getMessage());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return problem(status, status.name().toLowerCase().replace('_', '-'), e.getReason());
    }
}
