// `ignore` globs from hedui.config.json, matched against draft paths relative to the config's folder.
// gitignore-like: '*' stays within one folder, '**' crosses folders, '?' is one character, '{a,b}'
// is either; a pattern without '/' matches the file name at any depth ('*.bak.md').
import { isAbsolute, relative, sep } from 'node:path';

function globToRegExpSource(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // '**/' matches zero or more folders; a trailing '**' matches everything below.
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, end).split(',').map(globToRegExpSource).join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return re;
}

/** A predicate telling whether `path` (absolute, or relative to `baseDir`) is ignored. */
export function compileIgnore(globs: string[], baseDir: string): (path: string) => boolean {
  const patterns = globs.map((g) => {
    const glob = g.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '/**');
    const anchored = glob.includes('/') ? glob.replace(/^\//, '') : `**/${glob}`;
    return new RegExp(`^${globToRegExpSource(anchored)}$`);
  });
  return (path: string): boolean => {
    const rel = (isAbsolute(path) ? relative(baseDir, path) : path).split(sep).join('/');
    if (rel.startsWith('../')) return false;
    return patterns.some((p) => p.test(rel));
  };
}
