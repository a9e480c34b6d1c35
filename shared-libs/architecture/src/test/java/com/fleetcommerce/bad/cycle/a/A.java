package com.fleetcommerce.bad.cycle.a;

public class A {
    com.fleetcommerce.bad.cycle.b.B b;
}
