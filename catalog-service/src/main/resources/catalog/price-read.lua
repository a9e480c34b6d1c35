-- Reads one field of many SKUs' price hashes in one round trip on the shared connection (a pipeline would need a
-- dedicated connection per call). KEYS: the SKUs' hashes. ARGV[1]: the field ('*|<currency>').
-- Returns per key, in order: 0 when the hash does not exist (a miss), 1 when it exists without the field (no such
-- price), else the field's value.
local out = {}
for i, key in ipairs(KEYS) do
  if redis.call('EXISTS', key) == 0 then
    out[i] = 0
  else
    local value = redis.call('HGET', key, ARGV[1])
    if value then
      out[i] = value
    else
      out[i] = 1
    end
  end
end
return out
