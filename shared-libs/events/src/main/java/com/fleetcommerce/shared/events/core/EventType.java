package com.fleetcommerce.shared.events.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The CloudEvents {@code type} of a payload record: {@code <service>.<aggregate>.<what-happened>.v<version>}, lower case,
 * for example {@code warehouse.stock.changed.v1}. Read statically, so consumers can check a record's {@code ce_type}
 * against the class they expect without an instance.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();
}
