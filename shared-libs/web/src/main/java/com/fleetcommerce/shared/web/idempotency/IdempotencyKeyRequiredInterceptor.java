package com.fleetcommerce.shared.web.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link IdempotencyKeyRequired}; the key itself is validated and acted on by {@link IdempotencyFilter}. */
public class IdempotencyKeyRequiredInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && isRequired(method)
                && !StringUtils.hasText(request.getHeader(IdempotencyFilter.IDEMPOTENCY_KEY_HEADER))) {
            throw new IdempotencyKeyRequiredException();
        }
        return true;
    }

    private static boolean isRequired(HandlerMethod method) {
        return method.hasMethodAnnotation(IdempotencyKeyRequired.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), IdempotencyKeyRequired.class);
    }
}
