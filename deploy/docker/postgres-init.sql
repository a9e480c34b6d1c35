-- One database per service (same names as deploy/services.conf and the launcher).
CREATE DATABASE auth;
CREATE DATABASE users;
CREATE DATABASE customer;
CREATE DATABASE catalog;
CREATE DATABASE warehouse;
CREATE DATABASE pricing;
CREATE DATABASE orders;
CREATE DATABASE payment;
CREATE DATABASE promotion;
CREATE DATABASE review;
CREATE DATABASE notification;
CREATE DATABASE search;
CREATE DATABASE shipping;
CREATE DATABASE admin;
