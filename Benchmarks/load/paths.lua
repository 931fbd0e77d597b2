-- wrk script: GET a random path from the file given after `--` (one path per line), so a run spreads over
-- many events or queries instead of hitting one cached page.
local paths = {}

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
