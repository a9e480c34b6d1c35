-- Writes warehouse states into a SKU's stock hash, each only when its version is higher than the stored one.
-- Running inside Redis makes the compare-and-set atomic: concurrent writers cannot interleave.
-- KEYS[1]  the SKU's hash (field = warehouse id, value = 'version|available|onHand|reserved|changedAtMicros|code')
-- ARGV[1]  '1' = event path: write only into an existing hash (a hash is only created complete, by a fill)
--          '0' = fill path: create or complete the hash; with no states, create it with the empty marker '_'
-- ARGV[2..] triples: warehouse id, version, encoded value
-- Returns the number of fields written, or -1 on the event path when the hash does not exist.
local key = KEYS[1]
if redis.call('EXISTS', key) == 0 then
  if ARGV[1] == '1' then
    return -1
  end
  if #ARGV == 1 then
    redis.call('HSET', key, '_', '')
    return 0
  end
end
local written = 0
for i = 2, #ARGV, 3 do
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
return written
