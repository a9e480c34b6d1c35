-- The tax classes every price can name (rates are data: per country and region, see the staff API and demo data).
-- STANDARD is the class a price gets when it names none, so it must always exist.
insert into tax_class (code, name) values
    ('STANDARD', 'Standard rate'),
    ('REDUCED', 'Reduced rate'),
    ('ESSENTIAL', 'Essential goods'),
    ('ZERO', 'Zero-rated')
on conflict (code) do nothing;
