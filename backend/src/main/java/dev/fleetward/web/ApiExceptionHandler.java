package dev.fleetward.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One place that turns errors into RFC 7807 problems naming the field at fault.
 * Unexpected errors are logged here with their stack trace and answered with a plain 500:
 * a client never sees internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiExceptionHandler::describe)
			.toList();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, errors.isEmpty() ? "The request is not valid."
				: errors.get(0).get("field") + ": " + errors.get(0).get("message"));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST,
				ex.getName() + ": '" + ex.getValue() + "' is not a valid value");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", "is not a valid value")));
		return problem;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ex.field() + ": " + ex.getMessage());
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		DatabindException binding = findCause(ex, DatabindException.class);
		String field = (binding != null) ? path(binding) : "";
		IllegalArgumentException invalid = findCause(ex, IllegalArgumentException.class);
		String message = (invalid != null && invalid.getMessage() != null) ? invalid.getMessage()
				: "is not valid JSON of the expected shape";
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST,
				field.isEmpty() ? "The request body " + message : field + ": " + message);
		problem.setTitle("Invalid request");
		if (!field.isEmpty()) {
			problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Your role does not allow this.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error while handling a request", ex);
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on the server. The error has been logged.");
		problem.setTitle("Internal error");
		return problem;
	}

	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static Map<String, String> describe(FieldError error) {
		return Map.of("field", error.getField(), "message",
				(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is not valid");
	}

}
