// Public API of hedui.config.json handling (no LSP, no vscode).
export { DEFAULT_CONFIG, DEFAULT_MAX_DRAFT_BYTES, defaultConfig, CONFIG_FILE_NAME, FINDING_CODES, SEVERITY_SETTINGS, type HeduiConfig, type SeveritySetting } from './heduiConfig';
export { findConfigFile } from './findConfigFile';
export { readConfig, parseConfig, type ConfigResult } from './readConfig';
export { compileIgnore } from './ignoreGlobs';
