-- Neovim 0.7 as an LSP client of hedui-ls, headless (driven by scripts/e2e/nvim.test.mjs):
--   nvim --headless -u NONE -i NONE -n -c 'luafile scripts/e2e/nvim/hedui_test.lua'
-- Input (environment): HEDUI_E2E_CONFIG, a JSON file written by the driver:
--   { server, workspace, draft, mismatches = [{ figure, expected, source, line, character, byteContext,
--     sourceLine }], verified = [{ figure, line, byteContext }], results }
-- Output: a JSON file at `results` with one entry per step. Exits with `qall!` when every step passed,
-- `cquit 1` otherwise, and on any unexpected error (xpcall): headless Neovim must never hang.

local results = {}
local cfg

local function now_ms()
  return vim.loop.hrtime() / 1e6
end

local function write_results(fatal)
  if not cfg or not cfg.results then return end
  local f = io.open(cfg.results, 'w')
  if f then
    f:write(vim.fn.json_encode({ steps = results, fatal = fatal or vim.NIL }))
    f:close()
  end
end

-- A failed check raises { msg = … } (no traceback needed); anything else is a bug: keep its traceback.
local function on_error(e)
  if type(e) == 'table' and e.msg then return e.msg end
  return debug.traceback(tostring(e), 2)
end

local function step(name, fn, required)
  local t0 = now_ms()
  local ok, err = xpcall(fn, on_error)
  table.insert(results, { name = name, ok = ok, ms = math.floor(now_ms() - t0), error = ok and vim.NIL or tostring(err) })
  if not ok and required then
    error('required step failed: ' .. name, 0)
  end
  return ok
end

local function fail(msg)
  error({ msg = msg })
end

local function inspect_short(v)
  local s = vim.inspect(v)
  if #s > 1500 then s = s:sub(1, 1500) .. ' …' end
  return s
end

-- The byte range [s, e) of `figure` on buffer line `lnum` (0-based), found inside `context`.
local function byte_range(bufnr, lnum, context, figure)
  local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1] or ''
  local cs = line:find(context, 1, true)
  if not cs then return nil, line end
  local fs = line:find(figure, cs, true)
  return fs - 1, fs - 1 + #figure, line
end

local function diagnostics_over(bufnr, lnum, s, e)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = lnum })) do
    if d.col < e and d.end_col > s then table.insert(found, d) end
  end
  return found
end

local function hover_text(result)
  if not result or not result.contents then return '' end
  local c = result.contents
  if type(c) == 'string' then return c end
  if c.value then return c.value end
  local parts = {}
  for _, item in ipairs(c) do
    table.insert(parts, type(item) == 'string' and item or (item.value or ''))
  end
  return table.concat(parts, '\n')
end

local function first_result(responses)
  for _, r in pairs(responses or {}) do
    if r.err then fail('LSP error: ' .. inspect_short(r.err)) end
    if r.result ~= nil then return r.result end
  end
  return nil
end

local function main()
  cfg = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('HEDUI_E2E_CONFIG')), '\n'))
  local ws = cfg.workspace
  local draft_path = ws .. '/' .. cfg.draft
  local raw_diagnostics = {}
  local client_id, bufnr, uri

  step('start hedui-ls and attach to ' .. cfg.draft, function()
    local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
    client_id = vim.lsp.start_client({
      name = 'hedui',
      cmd = { 'node', cfg.server, '--stdio' },
      root_dir = ws,
      workspace_folders = { { uri = vim.uri_from_fname(ws), name = 'workspace' } },
      settings = { hedui = {} },
      get_language_id = function(_, ft)
        if ft == 'markdown' then return 'markdown' end
        return 'plaintext'
      end,
      handlers = {
        ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
          if result then raw_diagnostics[result.uri] = result.diagnostics end
          return publish(err, result, ctx, config)
        end,
      },
    })
    if not client_id then fail('vim.lsp.start_client returned nil') end
    vim.cmd('edit ' .. vim.fn.fnameescape(draft_path))
    bufnr = vim.api.nvim_get_current_buf()
    vim.bo[bufnr].filetype = 'markdown'
    uri = vim.uri_from_bufnr(bufnr)
    if not vim.lsp.buf_attach_client(bufnr, client_id) then fail('buf_attach_client failed') end
    local ok = vim.wait(10000, function()
      local c = vim.lsp.get_client_by_id(client_id)
      return c ~= nil and c.initialized == true
    end, 20)
    if not ok then fail('server did not finish initialize within 10 s') end
  end, true)

  step('diagnostics: every mismatch flagged at its line, verified figures clean', function()
    local function all_flagged()
      for _, m in ipairs(cfg.mismatches) do
        local s, e = byte_range(bufnr, m.line, m.byteContext, m.figure)
        if not s or #diagnostics_over(bufnr, m.line, s, e) == 0 then return false end
      end
      return true
    end
    if not vim.wait(15000, all_flagged, 20) then
      fail('not every mismatch got a diagnostic within 15 s; diagnostics: ' .. inspect_short(vim.diagnostic.get(bufnr)))
    end
    for _, v in ipairs(cfg.verified) do
      local s, e, line = byte_range(bufnr, v.line, v.byteContext, v.figure)
      if not s then fail('verified figure ' .. v.figure .. ' not found on line ' .. v.line .. ': ' .. tostring(line)) end
      local over = diagnostics_over(bufnr, v.line, s, e)
      if #over > 0 then fail('a correct figure (' .. v.figure .. ') has a diagnostic: ' .. inspect_short(over)) end
    end
  end)

  local m1 = cfg.mismatches[1]
  local pos = { line = m1.line, character = m1.character + 1 }

  step('hover on ' .. m1.figure .. ' names the source and its figure ' .. m1.expected, function()
    local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = pos }, 5000)
    local text = hover_text(first_result(res))
    if text == '' then fail('empty hover: ' .. inspect_short(res)) end
    local stem = m1.source:gsub('%.[^.]+$', '')
    if not text:find(stem, 1, true) then fail('hover does not name the source ' .. m1.source .. ':\n' .. text) end
    if not text:find(m1.expected, 1, true) then fail('hover does not show the source figure ' .. m1.expected .. ':\n' .. text) end
  end)

  step('definition on ' .. m1.figure .. ' goes to ' .. m1.source .. ':' .. (m1.sourceLine + 1), function()
    local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/definition', { textDocument = { uri = uri }, position = pos }, 5000)
    local r = first_result(res)
    if r == nil then fail('no definition: ' .. inspect_short(res)) end
    local loc = r
    if vim.tbl_islist(r) then loc = r[1] end
    if not loc then fail('empty definition list') end
    local target = loc.uri or loc.targetUri
    local range = loc.range or loc.targetSelectionRange or loc.targetRange
    local fname = vim.uri_to_fname(target)
    if fname:sub(-#m1.source) ~= m1.source then fail('definition goes to ' .. fname .. ', expected ' .. m1.source) end
    if range.start.line ~= m1.sourceLine then
      fail('definition goes to line ' .. range.start.line .. ', expected ' .. m1.sourceLine)
    end
    -- And it opens, as :lua vim.lsp.buf.definition() would.
    vim.lsp.util.jump_to_location(loc, 'utf-16')
    local here = vim.api.nvim_buf_get_name(0)
    local line = vim.api.nvim_get_current_line()
    vim.cmd('buffer ' .. bufnr)
    if here:sub(-#m1.source) ~= m1.source then fail('jump opened ' .. here) end
    if not line:find(m1.expected, 1, true) then fail('the source line does not hold ' .. m1.expected .. ': ' .. line) end
  end)

  step('quick fix for ' .. m1.figure .. ' → ' .. m1.expected .. ' applied with apply_workspace_edit', function()
    local lsp_diags = {}
    for _, d in ipairs(raw_diagnostics[uri] or {}) do
      if d.range.start.line <= m1.line and d.range['end'].line >= m1.line
        and d.range.start.character <= m1.character + 1 and d.range['end'].character >= m1.character + 1 then
        table.insert(lsp_diags, d)
      end
    end
    if #lsp_diags == 0 then fail('no published diagnostic at ' .. m1.figure .. ': ' .. inspect_short(raw_diagnostics[uri])) end
    local params = {
      textDocument = { uri = uri },
      range = lsp_diags[1].range,
      context = { diagnostics = lsp_diags, only = { 'quickfix' } },
    }
    local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 5000)
    local actions = first_result(res) or {}
    local chosen
    for _, a in ipairs(actions) do
      if (a.title or ''):find(m1.expected, 1, true) then chosen = a break end
    end
    if not chosen then fail('no quick fix mentioning ' .. m1.expected .. ': ' .. inspect_short(actions)) end
    if not chosen.edit and chosen.data ~= nil then
      local r = vim.lsp.buf_request_sync(bufnr, 'codeAction/resolve', chosen, 5000)
      chosen = first_result(r) or chosen
    end
    if not chosen.edit then fail('the quick fix has no edit: ' .. inspect_short(chosen)) end
    vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
    local line = vim.api.nvim_buf_get_lines(bufnr, m1.line, m1.line + 1, false)[1]
    local fixed = m1.byteContext:gsub(vim.pesc(m1.figure), (m1.expected:gsub('%%', '%%%%')))
    if not line:find(fixed, 1, true) then fail('after the fix, line ' .. m1.line .. ' reads: ' .. line .. ' (expected it to contain ' .. fixed .. ')') end
    m1.fixedContext = fixed
  end)

  step('the diagnostic on ' .. m1.figure .. ' clears after the fix, the others stay', function()
    if not m1.fixedContext then fail('the fix was not applied') end
    local function cleared()
      local s, e = byte_range(bufnr, m1.line, m1.fixedContext, m1.expected)
      return s ~= nil and #diagnostics_over(bufnr, m1.line, s, e) == 0
    end
    if not vim.wait(10000, cleared, 20) then
      fail('still flagged 10 s after the fix: ' .. inspect_short(vim.diagnostic.get(bufnr, { lnum = m1.line })))
    end
    for i = 2, #cfg.mismatches do
      local m = cfg.mismatches[i]
      local s, e = byte_range(bufnr, m.line, m.byteContext, m.figure)
      if not s or #diagnostics_over(bufnr, m.line, s, e) == 0 then fail('the other mismatch ' .. m.figure .. ' lost its diagnostic') end
    end
  end)

  vim.lsp.stop_client(client_id)
end

local ok, err = xpcall(main, on_error)
if not ok and not tostring(err):find('^required step failed') then
  table.insert(results, { name = 'nvim test script', ok = false, ms = 0, error = tostring(err) })
end
write_results(ok and nil or tostring(err))
local all_ok = ok
for _, r in ipairs(results) do
  if not r.ok then all_ok = false end
end
if all_ok then
  vim.cmd('qall!')
else
  vim.cmd('cquit 1')
end
