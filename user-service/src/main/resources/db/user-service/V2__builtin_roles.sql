-- The built-in roles. Their permissions must be in rbac.domain.PermissionCatalogue (BuiltInRolesTest checks it).
insert into role (name, description, built_in) values
    ('admin', 'Everything, including users, roles, audit and signing keys', true),
    ('catalog-manager', 'Products, SKUs, categories, brands', true),
    ('inventory-manager', 'Stock levels, adjustments and warehouses', true),
    ('pricing-manager', 'Price lists, prices and taxes', true),
    ('order-manager', 'Orders, returns and refunds', true),
    ('support', 'Customer support: customers and orders, read mostly', true),
    ('marketing', 'Promotions, coupons and customer segments', true);

insert into role_permission (role_name, permission) values
    ('catalog-manager', 'catalog:read'), ('catalog-manager', 'catalog:write'),
    ('inventory-manager', 'inventory:read'), ('inventory-manager', 'inventory:write'),
    ('inventory-manager', 'inventory:adjust'), ('inventory-manager', 'warehouse:manage'),
    ('pricing-manager', 'prices:read'), ('pricing-manager', 'prices:write'),
    ('order-manager', 'orders:read'), ('order-manager', 'orders:write'), ('order-manager', 'orders:refund'),
    ('support', 'customers:read'), ('support', 'orders:read'), ('support', 'customers:write'),
    ('marketing', 'promotions:read'), ('marketing', 'promotions:write'), ('marketing', 'customers:read');

insert into role_permission (role_name, permission)
select 'admin', p from unnest(array[
    'catalog:read', 'catalog:write', 'inventory:read', 'inventory:write', 'inventory:adjust', 'warehouse:manage',
    'prices:read', 'prices:write', 'orders:read', 'orders:write', 'orders:refund', 'customers:read',
    'customers:write', 'promotions:read', 'promotions:write', 'reviews:moderate', 'users:read', 'users:manage',
    'roles:manage', 'audit:read', 'auth:keys:manage', 'settings:manage']) as p;
