-- KEYS: generation key and value key per entry, in pairs. ARGV: ttl seconds, then expected generation and JSON per
-- entry. An entry is written only while its generation is still the one the reader saw before reading PostgreSQL:
-- a writer that committed in between has bumped it, and the stale value is dropped.
local ttl = tonumber(ARGV[1])
local written = 0
for i = 1, #KEYS, 2 do
  local current = redis.call('GET', KEYS[i]) or ''
  local expected = ARGV[i + 1]
  if current == expected then
    redis.call('SET', KEYS[i + 1], ARGV[i + 2], 'EX', ttl)
    written = written + 1
  end
end
return written
