//! Undo and redo over snapshots of what is on screen. Recording the same snapshot twice is a
//! no-op; a new snapshot clears the redo stack.

#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    past: Vec<T>,
    current: Option<T>,
    future: Vec<T>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            past: Vec::new(),
            current: None,
            future: Vec::new(),
        }
    }
}

/// How many steps back the page keeps.
pub const LIMIT: usize = 200;

impl<T: Clone + PartialEq> History<T> {
    /// Records the state now on screen.
    pub fn record(&mut self, snapshot: T) {
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
    pub fn undo(&mut self) -> Option<T> {
        let prev = self.past.pop()?;
        if let Some(c) = self.current.replace(prev.clone()) {
            self.future.push(c);
        }
        Some(prev)
    }

    pub fn redo(&mut self) -> Option<T> {
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
        let mut h: History<String> = History::default();
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
