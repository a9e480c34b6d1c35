package com.fleetcommerce.shared.web.page;

import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link PageQuery} controller parameters from the {@code page} and {@code size} query parameters. */
public class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

    private final int defaultSize;
    private final int maxSize;

    public PageQueryArgumentResolver(int defaultSize, int maxSize) {
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageQuery.class.equals(parameter.getParameterType());
    }

    @Override
    public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return PageQuery.of(intParameter(request, "page"), intParameter(request, "size"), defaultSize, maxSize);
    }

    private static Integer intParameter(NativeWebRequest request, String name) {
        String value = request.getParameter(name);
        if (!StringUtils.hasText(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        }
        catch (NumberFormatException ex) {
            throw new InvalidParameterException(name, "must be an integer", value);
        }
    }
}
