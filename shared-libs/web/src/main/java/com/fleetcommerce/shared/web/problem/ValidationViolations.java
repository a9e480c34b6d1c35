package com.fleetcommerce.shared.web.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/** Flattens the validation results Spring and Bean Validation produce into the {@code errors} list. */
final class ValidationViolations {

    private final MessageSource messages;

    ValidationViolations(MessageSource messages) {
        this.messages = messages;
    }

    List<FieldViolation> of(BindingResult result, Locale locale) {
        return of(result, null, locale);
    }

    List<FieldViolation> of(HandlerMethodValidationException ex, Locale locale) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = parameterName(result.getMethodParameter());
            String element = name + containerSuffix(result);
            if (result instanceof ParameterErrors errors) {
                violations.addAll(of(errors, isBody(result.getMethodParameter()) && result.getContainerIndex() == null
                        && result.getContainerKey() == null ? null : element, locale));
            }
            else {
                // for a container element (List<@Email String>) this is the element, not the list
                Object value = result.getArgument();
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    violations.add(new FieldViolation(element, message(error, locale),
                            RejectedValues.displayable(element, value)));
                }
            }
        }
        for (MessageSourceResolvable error : ex.getCrossParameterValidationResults()) {
            violations.add(FieldViolation.of(null, message(error, locale)));
        }
        return violations;
    }

    static List<FieldViolation> of(ConstraintViolationException ex) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
            String field = path(violation.getPropertyPath());
            violations.add(new FieldViolation(field, violation.getMessage(),
                    RejectedValues.displayable(field, violation.getInvalidValue())));
        }
        return violations;
    }

    private List<FieldViolation> of(org.springframework.validation.Errors errors, String prefix, Locale locale) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : errors.getFieldErrors()) {
            String field = prefix == null ? error.getField() : prefix + "." + error.getField();
            Object rejected = error.isBindingFailure() ? null : error.getRejectedValue();
            String message = error.isBindingFailure() ? "has an invalid value" : message(error, locale);
            violations.add(new FieldViolation(field, message, RejectedValues.displayable(field, rejected)));
        }
        for (ObjectError error : errors.getGlobalErrors()) {
            violations.add(FieldViolation.of(prefix, message(error, locale)));
        }
        return violations;
    }

    private String message(MessageSourceResolvable error, Locale locale) {
        if (messages != null) {
            try {
                return messages.getMessage(error, locale);
            }
            catch (NoSuchMessageException ex) {
                // fall through to the validator's own message
            }
        }
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
    }

    private static String containerSuffix(ParameterValidationResult result) {
        if (result.getContainerIndex() != null) {
            return "[" + result.getContainerIndex() + "]";
        }
        if (result.getContainerKey() != null) {
            return "[" + result.getContainerKey() + "]";
        }
        return "";
    }

    private static boolean isBody(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(RequestBody.class);
    }

    static String parameterName(MethodParameter parameter) {
        String name = null;
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
        CookieValue cookieValue = parameter.getParameterAnnotation(CookieValue.class);
        RequestPart requestPart = parameter.getParameterAnnotation(RequestPart.class);
        if (requestParam != null) {
            name = requestParam.name();
        }
        else if (pathVariable != null) {
            name = pathVariable.name();
        }
        else if (requestHeader != null) {
            name = requestHeader.name();
        }
        else if (cookieValue != null) {
            name = cookieValue.name();
        }
        else if (requestPart != null) {
            name = requestPart.name();
        }
        if (!StringUtils.hasText(name)) {
            name = parameter.getParameterName();
        }
        return name != null ? name : "arg" + parameter.getParameterIndex();
    }

    /** {@code lines[2].quantity}, leaving out the method and parameter nodes of method-level validation. */
    private static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            else if (node.getKey() != null) {
                path.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
