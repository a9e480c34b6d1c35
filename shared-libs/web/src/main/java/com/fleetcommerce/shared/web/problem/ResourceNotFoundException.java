package com.fleetcommerce.shared.web.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** The addressed resource does not exist (or the caller may not know it exists): 404 {@code not-found}. */
public class ResourceNotFoundException extends ProblemException {

    private final String resourceType;
    private final String resourceId;

    public ResourceNotFoundException(String resourceType, Object id) {
        super(ProblemCodes.NOT_FOUND, HttpStatus.NOT_FOUND, resourceType + " " + id + " was not found",
                properties(resourceType, id), null);
        this.resourceType = resourceType;
        this.resourceId = String.valueOf(id);
    }

    public String resourceType() {
        return resourceType;
    }

    public String resourceId() {
        return resourceId;
    }

    private static Map<String, Object> properties(String resourceType, Object id) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("resourceType", resourceType);
        properties.put("resourceId", String.valueOf(id));
        return properties;
    }
}
