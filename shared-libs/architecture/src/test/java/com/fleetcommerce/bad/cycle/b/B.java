package com.fleetcommerce.bad.cycle.b;

public class B {
    com.fleetcommerce.bad.cycle.a.A a;
}
