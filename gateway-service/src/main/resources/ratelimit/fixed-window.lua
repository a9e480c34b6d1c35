-- Hits against a fixed window: KEYS[1] the counter, ARGV[1] the window in ms, ARGV[2] how many hits to add (0 reads).
-- Returns {count in this window, ms until the window ends}. The expiry is set when the window opens (and repaired
-- if a key somehow has none), so a counter can never outlive its window.
local count = redis.call('INCRBY', KEYS[1], ARGV[2])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
