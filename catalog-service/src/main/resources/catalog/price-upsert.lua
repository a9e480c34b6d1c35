-- Writes (warehouse, currency) prices into SKUs' price hashes, each only when its version is higher than the stored
-- one. Running inside Redis makes the compare-and-set atomic: concurrent writers cannot interleave. Several SKUs per
-- call, so a page's misses are filled in one round trip on the shared connection (a pipeline would need a dedicated
-- connection per call). On a Redis Cluster all keys of one call must share a hash slot.
-- KEYS     the SKUs' hashes (field = '<warehouse id or *>|<currency>',
--          value = 'version|available|amount|compareAt|taxInclusive|changedAtMicros|priceList')
-- ARGV[1]  '1' = event path: write only into an existing hash (a hash is only created complete, by a fill)
--          '0' = fill path: create or complete the hash; with no prices, create it with the empty marker '_'
-- ARGV[2..] per key in order: n, then n triples (field, version, encoded value)
-- Returns per key the number of fields written, or -1 on the event path when the hash does not exist.
local mode = ARGV[1]
local a = 2
local results = {}
for k = 1, #KEYS do
  local key = KEYS[k]
  local n = tonumber(ARGV[a])
  a = a + 1
  local written = 0
  local exists = redis.call('EXISTS', key) == 1
  if not exists and mode == '1' then
    written = -1
  else
    if not exists and n == 0 then
      redis.call('HSET', key, '_', '')
    end
    for i = a, a + 3 * n - 1, 3 do
      local stored = redis.call('HGET', key, ARGV[i])
      local storedVersion = -1
      if stored then
        storedVersion = tonumber(string.match(stored, '^(%d+)')) or -1
      end
      if tonumber(ARGV[i + 1]) > storedVersion then
        redis.call('HSET', key, ARGV[i], ARGV[i + 2])
        written = written + 1
      end
    end
  end
  a = a + 3 * n
  results[k] = written
end
return results
