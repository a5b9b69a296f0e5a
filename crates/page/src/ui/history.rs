//! Undo and redo over scenario snapshots (each a share-link query, so a snapshot is complete and
//! small). Recording the same snapshot twice is a no-op; a new snapshot clears the redo stack.

#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    past: Vec<String>,
    current: Option<String>,
    future: Vec<String>,
}

/// How many steps back the page keeps.
pub const LIMIT: usize = 200;

impl History {
    /// Records the state now on screen.
    pub fn record(&mut self, snapshot: String) {
        if self.current.as_ref() == Some(&snapshot) {
            return;
        }
        if let Some(c) = self.current.replace(snapshot) {
            self.past.push(c);
            if self.past.len() > LIMIT {
                self.past.remove(0);
            }
        }
        self.future.clear();
    }

    /// The snapshot to go back to, if any.
    pub fn undo(&mut self) -> Option<String> {
        let prev = self.past.pop()?;
        if let Some(c) = self.current.replace(prev.clone()) {
            self.future.push(c);
        }
        Some(prev)
    }

    pub fn redo(&mut self) -> Option<String> {
        let next = self.future.pop()?;
        if let Some(c) = self.current.replace(next.clone()) {
            self.past.push(c);
        }
        Some(next)
    }

    /// How many steps back there are (the undo button carries it for automation).
    pub fn steps_back(&self) -> usize {
        self.past.len()
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_redo() {
        let mut h = History::default();
        h.record("a".into());
        h.record("b".into());
        h.record("b".into());
        h.record("c".into());
        assert_eq!(h.undo().as_deref(), Some("b"));
        assert_eq!(h.undo().as_deref(), Some("a"));
        assert_eq!(h.undo(), None);
        assert_eq!(h.redo().as_deref(), Some("b"));
        h.record("d".into());
        assert!(!h.can_redo());
        assert_eq!(h.undo().as_deref(), Some("b"));
    }
}
